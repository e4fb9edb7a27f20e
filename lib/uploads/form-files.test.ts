import { describe, expect, it } from "vitest";
import { chosenFiles } from "./form-files";

describe("the files chosen in a form", () => {
  it("drops the empty file an empty input sends, whatever its name, and keeps the real ones", () => {
    const form = new FormData();
    form.append("files", new File([], "", { type: "application/octet-stream" }));
    form.append("files", new File([], "blob"));
    form.append("files", new File([new Uint8Array([0xff, 0xd8])], "photo.jpg", { type: "image/jpeg" }));
    form.append("files", "not a file");
    form.append("other", new File([new Uint8Array([1])], "other.pdf"));
    expect(chosenFiles(form, "files").map((f) => f.name)).toEqual(["photo.jpg"]);
  });
});
