// A misspelt attribute value: tsc must refuse it (types.test.mjs asserts the error and its line).
import 'hitech-eligibility/widget';

export const Checker = () => <hitech-eligibility zone="guiyan" audience="enterprise" />;
