using System.Net.Http.Json;
using Ivr.Server.Institutions;

namespace Ivr.Server.Tests.Institutions;

/// <summary>Institutions as operations staff would enter them, for the directory, three-way and institution line tests.</summary>
public static class DirectoryEntries
{
    public const string PoliceId = "yeongdeungpo-police";
    public const string PoliceNumber = "+8226300112";
    public const string PoliceDesk = "외사계";
    public const string PoliceDeskNumber = "+8226300190";
    public const string HospitalId = "seoul-medical";
    public const string HospitalNumber = "+8222761114";
    public const string HospitalCode = "4321";

    public static readonly InstitutionRequest Police = new("영등포경찰서", "Yeongdeungpo Police Station", "police", [PoliceNumber],
        "24 hours", [new DepartmentRequest(PoliceDesk, PoliceDeskNumber), new DepartmentRequest("여성청소년과", "+8226300250")], null);

    public static readonly InstitutionRequest Hospital = new("서울의료원", "Seoul Medical Center", "hospital", [HospitalNumber],
        "Mon-Fri 09:00-17:30", [new DepartmentRequest("국제진료센터", "+8222762000")], HospitalCode);

    /// <summary>Saves both through the API as operations staff.</summary>
    public static async Task SaveAsync(HttpClient operations)
    {
        (await operations.PutAsJsonAsync($"/api/institutions/{PoliceId}", Police)).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync($"/api/institutions/{HospitalId}", Hospital)).EnsureSuccessStatusCode();
    }
}
