/**
 * The function file the manifest's <FunctionFile> names. Office requires one for ribbon commands;
 * KHCT's buttons are ShowTaskpane actions (see launch.ts), so it only tells Office it is ready.
 * Functions for ExecuteFunction buttons would be registered here with Office.actions.associate.
 */
Office.onReady(() => undefined);
