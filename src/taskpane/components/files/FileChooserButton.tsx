import * as React from "react";
import { Button } from "@fluentui/react-components";

/**
 * A button that opens the file dialog: a hidden file input (named for assistive technology and
 * tests) behind a Fluent button. The input is emptied after each choice, so the same file chosen
 * again after fixing it is a new choice.
 */
export function FileChooserButton({
  label,
  inputLabel,
  accept,
  multiple = false,
  icon,
  disabled,
  testId,
  onFiles,
}: {
  label: string;
  inputLabel: string;
  accept: string;
  multiple?: boolean;
  icon: React.JSX.Element;
  disabled: boolean;
  testId?: string;
  onFiles: (files: File[]) => void;
}): React.JSX.Element {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
