namespace Ivr.Server.CallRecords.Model;

/// <summary>The code lists counselors choose from in wrap-up, seeded as data; operations staff may add rows.</summary>
public static class CodeLists
{
    public const string ResidencyStatus = "residency-status";
    public const string Topic = "topic";

    public static IReadOnlyList<CodeListEntry> Seed { get; } =
    [
        .. Entries(ResidencyStatus,
            ("F-4", "Overseas Korean"), ("H-2", "Working visit"), ("F-6", "Marriage migrant"), ("E-9", "Non-professional employment"),
            ("D-2", "Student"), ("F-5", "Permanent resident"), ("F-2", "Resident"), ("E-7", "Special occupation"),
            ("D-4", "General trainee"), ("C-3", "Short-term visitor"), ("G-1", "Miscellaneous"), ("F-1", "Family visit"),
            ("E-2", "Foreign language instructor"), ("D-10", "Job seeker"), ("KR", "Korean national"), ("OTHER", "Other status"),
            ("UNKNOWN", "Not stated")),
        .. Entries(Topic,
            ("VISA", "Visa and stay permission"), ("REGISTRATION", "Alien registration"), ("EXTENSION", "Extension of stay"),
            ("CHANGE", "Change of status"), ("REENTRY", "Re-entry permit"), ("NATURALIZATION", "Naturalization"),
            ("EMPLOYMENT", "Employment and workplace"), ("INTERPRETATION", "Three-way interpretation"),
            ("LEGAL", "Local lawyer for foreigners"), ("VICTIM", "Victim support"), ("LIVING", "Daily life information"),
            ("OTHER", "Other")),
    ];

    private static IEnumerable<CodeListEntry> Entries(string list, params (string Code, string Name)[] entries) =>
        entries.Select((entry, index) => new CodeListEntry { List = list, Code = entry.Code, Name = entry.Name, SortOrder = index + 1 });
}
