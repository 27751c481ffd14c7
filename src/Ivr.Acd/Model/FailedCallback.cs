namespace Ivr.Acd.Model;

/// <summary>
/// A callback whose last attempt failed (<see cref="CallbackOutcome.Failed"/>, or the sweep's expired last dial): the
/// engine no longer has it, so this is the last the server hears of the number it was to call.
/// </summary>
public sealed record FailedCallback(string CallbackId, string OriginalCallSid, string Language, string Number, int Attempts);
