// Typed domain errors that data functions throw and actions or pages translate for the user.
export class NotFoundError extends Error {
  readonly name = "NotFoundError";
}
export class ForbiddenError extends Error {
  readonly name = "ForbiddenError";
}
export class UnauthenticatedError extends Error {
  readonly name = "UnauthenticatedError";
}
