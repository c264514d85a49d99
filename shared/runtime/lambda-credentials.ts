// Stands in for @aws-sdk/credential-provider-node in the Lambda bundles only (infra/lambda-bundling.ts).
// Lambda hands the function role's credentials to the process in the environment, so the SDK's full
// chain (INI files, SSO, web identity, the login and STS clients it carries: about 90 kB minified)
// never runs there; the bundles carry the environment provider alone.
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
