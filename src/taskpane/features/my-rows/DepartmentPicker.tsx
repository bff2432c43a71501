import * as React from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Department } from "../../../core";
import { useI18n } from "../../i18n/i18n-context";

export function DepartmentPicker({
  departments,
  value,
  disabled,
  hint,
  onChange,
}: {
  departments: readonly Department[];
  value: string | null;
  disabled: boolean;
  hint?: string;
  onChange: (code: string) => void;
}): React.JSX.Element {
  const { t } = useI18n();
  const label = (d: Department): string => `${d.code} – ${d.name}`;
  const current = departments.find((d) => d.code === value);
  return (
    <Field label={t("myRows.department.label")} hint={hint}>
      <Dropdown
        placeholder={t("myRows.department.placeholder")}
        value={current === undefined ? "" : label(current)}
        selectedOptions={current === undefined ? [] : [current.code]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onChange(data.optionValue);
        }}
      >
        {departments.map((d) => (
          <Option key={d.code} value={d.code}>
            {label(d)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
