/** Scenario text in and out: parsing with source positions, durations, printing. */
export {
  parseScenarioText,
  MAX_SCENARIO_TEXT_LENGTH,
  type ParseScenarioResult,
  type PositionedError,
} from './parseScenarioText';
export { scenarioToYaml } from './scenarioToYaml';
export { positionOfPath, splitPath } from './sourcePositions';
export { parseDuration, formatDuration } from '../schema/duration';
