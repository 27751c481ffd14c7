namespace Ivr.Server.Institutions;

/// <summary>An institution as operations staff save it (<c>PUT /api/institutions/{id}</c>); checked by <see cref="InstitutionRules"/>.</summary>
public sealed record InstitutionRequest(
    string? NameKo, string? NameEn, string? Kind, IReadOnlyList<string>? Numbers, string? Hours,
    IReadOnlyList<DepartmentRequest>? Departments, string? Code);

public sealed record DepartmentRequest(string? Name, string? Number);
