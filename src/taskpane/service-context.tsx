import * as React from "react";
import type { FollowupService } from "../app/service";

/**
 * The workbook, as the task pane sees it: a FollowupService put in context by the bootstrap
 * (the Office.js adapter) or by a test (a fake). Components never touch Office.js themselves.
 */
const ServiceContext = React.createContext<FollowupService | null>(null);

export function ServiceProvider({
  service,
  children,
}: {
  service: FollowupService;
  children: React.ReactNode;
}): React.JSX.Element {
  return <ServiceContext.Provider value={service}>{children}</ServiceContext.Provider>;
}

export function useService(): FollowupService {
  const service = React.useContext(ServiceContext);
  if (service === null) {
    throw new Error("useService outside a ServiceProvider: the task pane renders its screens inside one.");
  }
  return service;
}
