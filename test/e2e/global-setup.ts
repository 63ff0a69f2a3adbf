// Before the e2e tests: the fixture pages made from the seeds, into test/generated/ (never committed).
import { writeSeedPages } from '../../scripts/gen-fixture-pages';
import { NO_SEEDS } from '../seeds';

export default function globalSetup(): void {
  if (!writeSeedPages()) console.warn(`the tests on pages made from the seeds are ${NO_SEEDS}`);
}
