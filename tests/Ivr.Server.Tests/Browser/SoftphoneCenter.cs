using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Data;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The simulated center with the server on a loopback port and the softphone set to the simulator's browser device,
/// plus what a browser test needs: staff accounts it can sign in with, and earlier calls of a caller.
/// </summary>
public static class SoftphoneCenter
{
    public static Task<SimulatedCenter> StartAsync() =>
        SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Softphone:Device"] = "simulator" }, kestrel: true);

    public static Uri Page(this SimulatedCenter center, string path) => new(center.Server.KestrelAddress!, path);

    /// <summary>A staff account (email, password) with <paramref name="role"/>.</summary>
    public static async Task<(string Email, string UserId)> CreateAccountAsync(this SimulatedCenter center, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        await using var scope = center.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IvrUser>>();
        var user = new IvrUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = role };
        Assert.That((await users.CreateAsync(user, StaffAccounts.Password)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(user, role)).Succeeded, Is.True);
        return (email, user.Id);
    }

    /// <summary>A counselor linked to a new counselor account (signed out in the ACD); returns the account's email.</summary>
    public static async Task<string> CreateCounselorAsync(this SimulatedCenter center, string counselorId, params string[] languages)
    {
        var (email, userId) = await center.CreateAccountAsync(Roles.Counselor);
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var response = await operations.PutAsJsonAsync($"/api/staffing/counselors/{counselorId}",
            new CounselorRequest(counselorId, languages.ToDictionary(language => language, _ => 5), null, 60, userId));
        response.EnsureSuccessStatusCode();
        return email;
    }

    /// <summary>Records <paramref name="count"/> earlier calls from <paramref name="number"/> in the last days, as the writer would.</summary>
    public static async Task AddEarlierCallsAsync(this SimulatedCenter center, string number, int count)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var hash = scope.ServiceProvider.GetRequiredService<CallerProtector>().Hash(number);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var records = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
        for (var day = 1; day <= count; day++)
        {
            var arrived = now.AddDays(-day);
            records.Calls.Add(new CallRecord
            {
                CallSid = $"CA{Guid.NewGuid():N}",
                ArrivedAt = arrived,
                Day = DateOnly.FromDateTime(arrived.UtcDateTime),
                Hour = (short)arrived.Hour,
                CallerHash = hash,
                Outcome = CallOutcome.Answered,
            });
        }
        await records.SaveChangesAsync();
    }
}
