/** The sheet a merge of department copies adds to the master: what came from where. */
export const MERGE_SHEET = "Sammanslagning";
