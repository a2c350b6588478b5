declare module 'monaco-editor-css?inline' {
  const css: string;
  export default css;
}
declare module 'monaco-editor/editor/editor.worker?worker' {
  const WorkerFactory: new () => Worker;
  export default WorkerFactory;
}
declare module 'monaco-yaml/yaml.worker?worker' {
  const WorkerFactory: new () => Worker;
  export default WorkerFactory;
}
declare module '@xterm/xterm/css/xterm.css?inline' {
  const css: string;
  export default css;
}
