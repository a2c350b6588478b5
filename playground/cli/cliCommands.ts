/**
 * The `vpnlab` commands over an injected CliIo; each returns the exit code
 * (0 fine, 1 the input is invalid, 2 the command line is wrong).
 */
import { Engine } from '../engine/index';
import { importDescribeOutputs } from '../engine/importer/importDescribeOutputs';
import { parseScenarioText, type ParseScenarioResult } from '../engine/scenario/parseScenarioText';
import { scenarioToYaml } from '../engine/scenario/scenarioToYaml';
import { scenarioJsonSchema } from '../engine/schema/scenarioJsonSchema';
import { getPreset, presets } from '../scenarios/index';
import { parseCliArgs, USAGE, type CliCommand } from './cliArgs';
import type { CliIo } from './cliIo';
import { formatErrorLine } from './formatErrors';
import { runReport, runReportText } from './runReport';
import { routesText, traceText } from './routingText';
import { configCommand, deviceListText, exportCommand } from './deviceConfigCommands';

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function readScenario(io: CliIo, file: string): ParseScenarioResult | Error {
  const text = io.readFile(file);
  return text instanceof Error ? text : parseScenarioText(text);
}

function printWarnings(io: CliIo, r: ParseScenarioResult): void {
  for (const w of r.warnings) io.stderr(`warning: ${formatErrorLine(w)}\n`);
}

function execute(cmd: CliCommand, io: CliIo): number {
  switch (cmd.kind) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'validate': {
      const r = readScenario(io, cmd.file);
      if (r instanceof Error) {
        io.stderr(`vpnlab: ${cmd.file}: ${r.message}\n`);
        return 1;
      }
      printWarnings(io, r);
      if (r.ok) {
        io.stdout(`${cmd.file}: valid\n`);
        return 0;
      }
      for (const e of r.errors) io.stdout(`${formatErrorLine(e)}\n`);
      return 1;
    }
    case 'config-list':
      io.stdout(deviceListText());
      return 0;
    case 'routes':
    case 'trace':
    case 'config':
    case 'export': {
      const r = readScenario(io, cmd.file);
      if (r instanceof Error) {
        io.stderr(`vpnlab: ${cmd.file}: ${r.message}\n`);
        return 1;
      }
      printWarnings(io, r);
      if (!r.ok) {
        for (const e of r.errors) io.stdout(`${formatErrorLine(e)}\n`);
        return 1;
      }
      const engine = Engine.fromScenario(r.scenario);
      engine.runUntil(cmd.atMs);
      if (cmd.kind === 'config') return configCommand(io, engine, cmd.file, cmd.connection, cmd.device, cmd.ikeVersion);
      if (cmd.kind === 'export') return exportCommand(io, engine, cmd.format);
      if (cmd.kind === 'routes') {
        const s = engine.snapshot();
        io.stdout(cmd.format === 'json' ? `${JSON.stringify(s.routing, null, 2)}\n` : routesText(s));
        return 0;
      }
      const t = engine.tracePath(cmd.from, cmd.to);
      if (!t.ok) {
        for (const e of t.errors) io.stderr(`vpnlab: ${e.path}: ${e.message}\n`);
        return 1;
      }
      io.stdout(traceText(cmd.from, cmd.to, t));
      return t.delivered ? 0 : 1;
    }
    case 'run': {
      const r = readScenario(io, cmd.file);
      if (r instanceof Error) {
        io.stderr(`vpnlab: ${cmd.file}: ${r.message}\n`);
        return 1;
      }
      printWarnings(io, r);
      if (!r.ok) {
        for (const e of r.errors) io.stdout(`${formatErrorLine(e)}\n`);
        return 1;
      }
      const engine = Engine.fromScenario(r.scenario, cmd.seed !== undefined ? { seed: cmd.seed } : {});
      engine.runUntil(cmd.untilMs);
      const report = runReport(engine.snapshot(), r.scenario.Name);
      io.stdout(cmd.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : runReportText(report));
      return 0;
    }
    case 'presets':
      for (const p of presets) io.stdout(`${p.name.padEnd(28)}${p.title}${p.broken ? '' : ''}\n`);
      return 0;
    case 'preset': {
      const p = getPreset(cmd.name);
      if (!p) {
        io.stderr(`vpnlab: unknown preset "${cmd.name}"; presets:\n${presets.map((x) => `  ${x.name}`).join('\n')}\n`);
        return 2;
      }
      io.stdout(p.text);
      return 0;
    }
    case 'import': {
      const files = [];
      for (const f of cmd.files) {
        const text = io.readFile(f);
        if (text instanceof Error) {
          io.stderr(`vpnlab: ${f}: ${text.message}\n`);
          return 1;
        }
        files.push({ name: f, text });
      }
      const r = importDescribeOutputs(files, cmd.region !== undefined ? { region: cmd.region } : {});
      for (const w of r.warnings) io.stderr(`warning: ${formatErrorLine(w)}\n`);
      if (!r.ok) {
        for (const e of r.errors) io.stdout(`${formatErrorLine(e)}\n`);
        return 1;
      }
      io.stdout(scenarioToYaml(r.scenario));
      return 0;
    }
    case 'schema': {
      const text = scenarioJsonSchemaText();
      if (cmd.out === undefined) {
        io.stdout(text);
        return 0;
      }
      const err = io.writeFile(cmd.out, text);
      if (err) {
        io.stderr(`vpnlab: ${cmd.out}: ${err.message}\n`);
        return 1;
      }
      io.stdout(`wrote ${cmd.out}\n`);
      return 0;
    }
  }
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`vpnlab: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    return execute(parsed.command, io);
  } catch (e) {
    // The engine never throws by contract; if it ever does, say so instead of a stack trace.
    io.stderr(`vpnlab: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
}
