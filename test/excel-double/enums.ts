/**
 * The Excel enums an add-in of this project uses at run time (Excel.SheetVisibility.hidden …),
 * as plain objects. Each is typed against its @types/office-js enum: tsc fails if a member is
 * missing or its value differs from Office.js's.
 */
type EnumMirror<E extends Record<string, string>> = { readonly [K in keyof E]: `${E[K]}` };

export const ErrorCodes: EnumMirror<typeof Excel.ErrorCodes> = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
  rangeExceedsLimit: "RangeExceedsLimit",
  rangeImageExceedsLimit: "RangeImageExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedFillType: "UnsupportedFillType",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
};

/**
 * OfficeExtension.ErrorCodes (a class of static strings in the typings), plus the core codes the
 * Office.js runtime also raises (requestPayloadSizeLimitExceeded …, "CoreErrorCodes").
 */
export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const satisfies Record<Exclude<keyof typeof OfficeExtension.ErrorCodes, "prototype">, string> &
  Record<string, string>;

export const SheetVisibility: EnumMirror<typeof Excel.SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

export const ConditionalFormatType: EnumMirror<typeof Excel.ConditionalFormatType> = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
};

export const CalculationMode: EnumMirror<typeof Excel.CalculationMode> = {
  automatic: "Automatic",
  automaticExceptTables: "AutomaticExceptTables",
  manual: "Manual",
};

export const CalculationType: EnumMirror<typeof Excel.CalculationType> = {
  recalculate: "Recalculate",
  full: "Full",
  fullRebuild: "FullRebuild",
};

export const ClearApplyTo: EnumMirror<typeof Excel.ClearApplyTo> = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
};

export const DataValidationAlertStyle: EnumMirror<typeof Excel.DataValidationAlertStyle> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

export const DataValidationType: EnumMirror<typeof Excel.DataValidationType> = {
  none: "None",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
  inconsistent: "Inconsistent",
  mixedCriteria: "MixedCriteria",
};

export const DataValidationOperator: EnumMirror<typeof Excel.DataValidationOperator> = {
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqualTo: "GreaterThanOrEqualTo",
  lessThanOrEqualTo: "LessThanOrEqualTo",
};

export const PageOrientation: EnumMirror<typeof Excel.PageOrientation> = {
  portrait: "Portrait",
  landscape: "Landscape",
};

export const HorizontalAlignment: EnumMirror<typeof Excel.HorizontalAlignment> = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
};

export const VerticalAlignment: EnumMirror<typeof Excel.VerticalAlignment> = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

export const ProtectionSelectionMode: EnumMirror<typeof Excel.ProtectionSelectionMode> = {
  normal: "Normal",
  unlocked: "Unlocked",
  none: "None",
};

export const InsertShiftDirection: EnumMirror<typeof Excel.InsertShiftDirection> = { down: "Down", right: "Right" };

export const DeleteShiftDirection: EnumMirror<typeof Excel.DeleteShiftDirection> = { up: "Up", left: "Left" };

export const HeaderFooterState: EnumMirror<typeof Excel.HeaderFooterState> = {
  default: "Default",
  firstAndDefault: "FirstAndDefault",
  oddAndEven: "OddAndEven",
  firstOddAndEven: "FirstOddAndEven",
};

export const RangeValueType: EnumMirror<typeof Excel.RangeValueType> = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
};

export const SpecialCellType: EnumMirror<typeof Excel.SpecialCellType> = {
  conditionalFormats: "ConditionalFormats",
  dataValidations: "DataValidations",
  blanks: "Blanks",
  constants: "Constants",
  formulas: "Formulas",
  sameConditionalFormat: "SameConditionalFormat",
  sameDataValidation: "SameDataValidation",
  visible: "Visible",
};

export const SpecialCellValueType: EnumMirror<typeof Excel.SpecialCellValueType> = {
  all: "All",
  errors: "Errors",
  errorsLogical: "ErrorsLogical",
  errorsNumbers: "ErrorsNumbers",
  errorsText: "ErrorsText",
  errorsLogicalNumber: "ErrorsLogicalNumber",
  errorsLogicalText: "ErrorsLogicalText",
  errorsNumberText: "ErrorsNumberText",
  logical: "Logical",
  logicalNumbers: "LogicalNumbers",
  logicalText: "LogicalText",
  logicalNumbersText: "LogicalNumbersText",
  numbers: "Numbers",
  numbersText: "NumbersText",
  text: "Text",
};

export const EXCEL_ENUMS = {
  ErrorCodes,
  SheetVisibility,
  ConditionalFormatType,
  CalculationMode,
  CalculationType,
  ClearApplyTo,
  DataValidationAlertStyle,
  DataValidationType,
  DataValidationOperator,
  PageOrientation,
  HorizontalAlignment,
  VerticalAlignment,
  ProtectionSelectionMode,
  InsertShiftDirection,
  DeleteShiftDirection,
  HeaderFooterState,
  RangeValueType,
  SpecialCellType,
  SpecialCellValueType,
} as const;
