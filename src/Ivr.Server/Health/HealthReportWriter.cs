using System.Text.Json;
using Ivr.Server.Authorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ivr.Server.Health;

/// <summary>
/// Writes a health report as JSON: overall status and each check's status, so an operator or a probe sees which part
/// is down. Descriptions, error text, data and timings (the topology) only for signed-in staff.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        if (!Roles.All.Any(context.User.IsInRole))
        {
            var statusOnly = new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(entry => entry.Key, entry => new { status = entry.Value.Status.ToString() }),
            };
            return context.Response.WriteAsync(JsonSerializer.Serialize(statusOnly, JsonSerializerOptions.Web));
        }
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description ?? entry.Value.Exception?.Message,
                    durationMs = entry.Value.Duration.TotalMilliseconds,
                    data = entry.Value.Data.Count == 0 ? null : entry.Value.Data,
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
