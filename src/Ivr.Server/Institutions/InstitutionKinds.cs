namespace Ivr.Server.Institutions;

/// <summary>The kinds of partner institution (the directory's filter and the picker's grouping).</summary>
public static class InstitutionKinds
{
    public static readonly IReadOnlyList<string> All =
        ["hospital", "police", "public-office", "support-center", "shelter", "court", "labor-office", "immigration-office", "legal-aid", "other"];
}
