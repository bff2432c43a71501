import { lazyService } from "../../src/taskpane/lazy-service";
import { FakeFollowupService } from "./fake-service";

describe("the workbook service loaded on first use", () => {
  it("loads nothing until asked, then once, and passes every argument and answer through", async () => {
    const fake = new FakeFollowupService();
    const load = jest.fn(async () => fake);
    const service = lazyService(load);
    expect(load).not.toHaveBeenCalled();
    const [meta, rows] = await Promise.all([service.readMeta(), service.departmentRows("KSF")]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(meta).toEqual(fake.meta);
    expect(rows.length).toBeGreaterThan(0);
    await service.saveRows([{ rowId: rows[0]?.rowId ?? "", done: "Klart." }]);
    expect(fake.argsOf("saveRows")).toEqual([[[{ rowId: rows[0]?.rowId, done: "Klart." }]]]);
    expect(fake.argsOf("departmentRows")).toEqual([["KSF"]]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("a load that fails reaches the caller, and the next call tries again", async () => {
    const fake = new FakeFollowupService();
    const load = jest
      .fn<Promise<FakeFollowupService>, []>()
      .mockRejectedValueOnce(new Error("ChunkLoadError: Loading chunk excel failed."))
      .mockResolvedValue(fake);
    const service = lazyService(load);
    await expect(service.readMeta()).rejects.toThrow("Loading chunk excel failed");
    await expect(service.readMeta()).resolves.toEqual(fake.meta);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("the first questions from a chunk of their own", () => {
  it("answers readMeta, sheetsWithContent and watchChanges without loading the whole adapter", async () => {
    const fake = new FakeFollowupService();
    fake.contentSheets = ["Budget 2019"];
    const load = jest.fn(async () => fake);
    const loadStart = jest.fn(async () => fake);
    const service = lazyService(load, loadStart);
    expect(await service.readMeta()).toEqual(fake.meta);
    expect(await service.sheetsWithContent()).toEqual(["Budget 2019"]);
    await service.watchChanges(() => undefined);
    expect(loadStart).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
    await service.read();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
