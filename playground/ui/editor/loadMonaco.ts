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

interface LegacyWorkerOptions {
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

/**
 * monaco-yaml 5 still calls the pre-0.50 `createWebWorker({ label, moduleId, createData })`;
 * Monaco 0.57 wants the Worker itself. Its worker bootstrap reads two messages before serving
 * requests (a start signal, then the create data), so we send both and hand Monaco the worker.
 */
function withYamlWorker(): typeof monaco {
  const createWebWorker = (opts: LegacyWorkerOptions) => {
    const worker = new YamlWorker();
    worker.postMessage('start');
    // structuredClone cannot copy functions that may sit in the options; the worker needs data only.
    worker.postMessage(JSON.parse(JSON.stringify(opts.createData ?? {})));
    return monaco.editor.createWebWorker({ worker, ...(opts.host ? { host: opts.host } : {}), keepIdleModels: opts.keepIdleModels ?? false });
  };
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as unknown as typeof monaco;
}

export function loadMonaco(schema: object, schemaUri: string): Monaco {
  if (configured) return monaco;
  configured = true;
  // Astro drops CSS referenced only by a lazy chunk after build; inject Monaco's own stylesheet.
  const style = document.createElement('style');
  style.dataset['monaco'] = '';
  style.textContent = monacoCss;
  document.head.append(style);
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new EditorWorker(),
  };
  configureMonacoYaml(withYamlWorker(), {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    schemas: [{ uri: schemaUri, fileMatch: ['**/*.scenario.yaml'], schema: schema as never }],
  });
  return monaco;
}
