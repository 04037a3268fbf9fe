/** Opens what the worker needs before any handler runs. */
export async function start(): Promise<void> {
  // The database and alarms arrive with the popup and reminder issues.
}
