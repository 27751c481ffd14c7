using System.Text.RegularExpressions;
using Ivr.Server.Telephony;

namespace Ivr.Server.Institutions;

/// <summary>What a saved institution must be: each broken rule is reported under the field it concerns.</summary>
public static partial class InstitutionRules
{
    public const int MaxIdLength = 40;
    public const int MaxNameLength = 120;
    public const int MaxHoursLength = 200;
    public const int MaxCodeLength = 6;
    public const int MaxNumbers = 10;
    public const int MaxDepartments = 30;

    public static bool IsValidId(string? id) => id is not null && Id().IsMatch(id);

    public static Dictionary<string, string[]> Check(string id, InstitutionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        if (!IsValidId(id))
        {
            Fail("id", $"The id is 1-{MaxIdLength} lower-case letters, digits or '-', such as seoul-immigration.");
        }
        CheckName(request.NameKo, "nameKo", Fail);
        CheckName(request.NameEn, "nameEn", Fail);
        if (request.Kind is null || !InstitutionKinds.All.Contains(request.Kind))
        {
            Fail("kind", $"The kind is one of {string.Join(", ", InstitutionKinds.All)}.");
        }
        var numbers = request.Numbers ?? [];
        if (numbers.Count is 0 or > MaxNumbers)
        {
            Fail("numbers", $"Give 1 to {MaxNumbers} numbers; the first is the main number.");
        }
        for (var i = 0; i < numbers.Count; i++)
        {
            if (!E164Number.IsValid(numbers[i]))
            {
                Fail($"numbers[{i}]", $"'{numbers[i]}' is not in E.164 form, such as {E164Number.Example}.");
            }
        }
        if (request.Hours is { Length: > MaxHoursLength })
        {
            Fail("hours", $"The hours have at most {MaxHoursLength} characters.");
        }
        var departments = request.Departments ?? [];
        if (departments.Count > MaxDepartments)
        {
            Fail("departments", $"At most {MaxDepartments} departments.");
        }
        for (var i = 0; i < departments.Count; i++)
        {
            CheckName(departments[i].Name, $"departments[{i}].name", Fail);
            if (!E164Number.IsValid(departments[i].Number))
            {
                Fail($"departments[{i}].number", $"'{departments[i].Number}' is not in E.164 form, such as {E164Number.Example}.");
            }
        }
        if (departments.Select(d => d.Name?.Trim()).Distinct(StringComparer.Ordinal).Count() < departments.Count)
        {
            Fail("departments", "Each department has its own name.");
        }
        if (request.Code is { } code && !Code().IsMatch(code))
        {
            Fail("code", $"The code is 3 to {MaxCodeLength} digits (keyed on the institution line).");
        }
        return errors;
    }

    private static void CheckName(string? name, string field, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            fail(field, $"The name is required, at most {MaxNameLength} characters.");
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex Id();

    [GeneratedRegex("^[0-9]{3,6}$")]
    private static partial Regex Code();
}
