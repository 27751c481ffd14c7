using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>An event as it is stored (the caller's number protected), and the same event to fold from memory.</summary>
public sealed record ProtectedEvent(StoredCallEvent Row, CallEvent Event);
