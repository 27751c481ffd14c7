namespace Ivr.Server.Institutions;

/// <summary>
/// A partner institution counselors call into a conversation (a three-way call) and that calls the institution line
/// for an interpreter: its names, kind, numbers (E.164; the first is the main one), opening hours as text, the
/// departments counselors call, and the code its staff may key on the institution line. <see cref="Id"/> is a short
/// key chosen by operations staff (e.g. <c>seoul-immigration</c>); call records and referrals keep it.
/// </summary>
public sealed class Institution
{
    public required string Id { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public required string Kind { get; set; }
    public List<string> Numbers { get; set; } = [];
    public string? Hours { get; set; }
    public List<InstitutionDepartment> Departments { get; set; } = [];

    /// <summary>Digits the institution's staff may key on the institution line when calling from a number not in the directory.</summary>
    public string? Code { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";

    /// <summary>The number a counselor's pick rings: the department's, else the main number.</summary>
    public string? NumberFor(string? department) =>
        department is null ? Numbers.FirstOrDefault() : Departments.FirstOrDefault(d => d.Name == department)?.Number;
}

/// <summary>A department counselors call, such as a hospital's international clinic or a station's women and youth desk.</summary>
public sealed class InstitutionDepartment
{
    public required string Name { get; set; }
    public required string Number { get; set; }
}
