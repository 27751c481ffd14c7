namespace Ivr.Server.Lawyers;

/// <summary>Who a leg of a session's conference reaches: the counselor interpreting, the lawyer, the caller.</summary>
public enum SessionParty
{
    Interpreter,
    Lawyer,
    Caller,
}
