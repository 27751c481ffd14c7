namespace Ivr.Acd.Model;

/// <summary>A caller the sweeper took out at the maximum wait; the server applies Outcome (e.g. message).</summary>
public sealed record TimedOutCaller(string CallSid, string Language, string Outcome);
