/**
 * The lazy boundary of the scenario editor: this module (and Monaco with it, ~2.7 MB) is only
 * loaded by a dynamic import() when the learner first opens the editor (PRACTICES.md #10).
 * Only the YAML language and the editor features are bundled, not Monaco's TypeScript worker.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from 'monaco-yaml/yaml.worker?worker';
import monacoCss from 'monaco-editor-css?inline';

let configured = false;

export type Monaco = typeof monaco;

export function loadMonaco(schema: object, schemaUri: string): Monaco {
  if (configured) return monaco;
  configured = true;
  // Astro drops CSS referenced only by a lazy chunk after build; inject Monaco's own stylesheet.
  const style = document.createElement('style');
  style.dataset['monaco'] = '';
  style.textContent = monacoCss;
  document.head.append(style);
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: (_id: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
  };
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    schemas: [{ uri: schemaUri, fileMatch: ['**/*.scenario.yaml'], schema: schema as never }],
  });
  return monaco;
}
