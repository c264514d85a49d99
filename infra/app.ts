// `npm run synth` / `npx cdk deploy`: one environment-agnostic stack, checked by cdk-nag on every synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { FactlineStack } from './stack.js';

const app = new App();
new FactlineStack(app, 'Factline', { description: 'factline: numeric claims from news articles, served over HTTP' });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
