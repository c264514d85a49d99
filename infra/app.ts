// `npm run synth` / `npx cdk deploy`: one environment-agnostic stack, checked by cdk-nag on every synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { buildPage } from '../scripts/build-page.js';
import { FactlineStack } from './stack.js';

// The api function serves the web page: build it from its sources before the functions are bundled.
buildPage();
const app = new App();
new FactlineStack(app, 'Factline', { description: 'factline: numeric claims from news articles, served over HTTP' });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
