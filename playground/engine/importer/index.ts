/** Importer of `aws ec2 describe-*` JSON into a scenario. */
export { importDescribeOutputs, type ImportResult } from './importDescribeOutputs';
export {
  collectDescribeOutputs,
  SUPPORTED_DESCRIBE_KEYS,
  type DescribeFile,
  type DescribeInputs,
} from './describeOutputs';
export { mapTunnelOption } from './mapTunnelOptions';
export { synthesizeDevice } from './synthesizeDevice';
