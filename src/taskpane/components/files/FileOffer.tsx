import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { ArrowDownloadRegular, OpenRegular } from "@fluentui/react-icons";
import type { AddinFile } from "../../../app/service";
import { Notice } from "../Notice";
import { useStackStyles } from "../Screen";
import { useI18n } from "../../i18n/i18n-context";
import { downloadFile, openFileInWindow } from "./download";

/**
 * A file the add-in made: downloaded at once when `autoDownload` (the user just asked for it), with
 * a button to download it again, a way round for hosts that do not download (a new window), and
 * words saying which happened.
 */
export function FileOffer({ file, autoDownload }: { file: AddinFile; autoDownload: boolean }): React.JSX.Element {
  const { t } = useI18n();
  const stack = useStackStyles();
  const [downloaded, setDownloaded] = React.useState<boolean | null>(null);
  const [windowRefused, setWindowRefused] = React.useState(false);
  const started = React.useRef<AddinFile | null>(null);

  React.useEffect(() => {
    if (!autoDownload || started.current === file) return;
    started.current = file;
    setDownloaded(downloadFile(file));
  }, [autoDownload, file]);

  const name = file.fileName;
  return (
    <div className={stack.stack} data-testid="file-offer">
      <Notice intent={downloaded === false ? "warning" : "success"} role="status">
        {downloaded === true ? t("yearEnd.file.downloaded", { file: name }) : t("yearEnd.file.ready", { file: name })}
      </Notice>
      <div className={stack.row}>
        <Button icon={<ArrowDownloadRegular />} onClick={() => setDownloaded(downloadFile(file))}>
          {t("yearEnd.file.download", { file: name })}
        </Button>
        <Button icon={<OpenRegular />} appearance="subtle" onClick={() => setWindowRefused(!openFileInWindow(file))}>
          {t("yearEnd.file.openWindow")}
        </Button>
      </div>
      {/* The way round is said once: as a hint, or as a warning when the window was refused. */}
      {windowRefused ? (
        <Notice intent="warning" role="alert">
          {t("yearEnd.file.fallback")}
        </Notice>
      ) : (
        <Caption1 block>{t("yearEnd.file.fallback")}</Caption1>
      )}
    </div>
  );
}
