namespace Ivr.Server.Institutions;

/// <summary>A referral as a counselor submits it at wrap-up, and what it must be.</summary>
public sealed record ReferralRequest(string? CallSid, string? InstitutionId, string? What, bool? Consent);

public static class ReferralRules
{
    public const int MaxWhatLength = 500;

    public static Dictionary<string, string[]> Check(ReferralRequest request, Institution? institution)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CallSid) || request.CallSid.Length > 64)
        {
            errors["callSid"] = ["callSid names the call the referral comes from."];
        }
        if (institution is null)
        {
            errors["institutionId"] = [$"'{request.InstitutionId}' is not an institution of the directory."];
        }
        if (string.IsNullOrWhiteSpace(request.What) || request.What.Trim().Length > MaxWhatLength)
        {
            errors["what"] = [$"Say what was referred, in at most {MaxWhatLength} characters."];
        }
        if (request.Consent is null)
        {
            errors["consent"] = ["consent (true or false) says whether the caller agreed to their details being passed on."];
        }
        return errors;
    }
}
