// The files a person chose in a form's file input. An input left empty still sends one empty
// file (nameless from a plain form post; under another name when JavaScript sends the form), so
// every zero-byte file is dropped: an empty file is no evidence or attachment of anything.
export function chosenFiles(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((value): value is File => typeof value !== "string" && value.size > 0);
}
