export { simulateCalls, simulateCallStream, type SimulationOptions } from './simulate-calls.js';
export { languages, verticals, type Language, type Vertical } from './scenario.js';
