using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Rollups;

namespace Ivr.Server.Reporting;

/// <summary>The report catalog: each name maps to one query, shared by the HTTP API and the <c>report</c> command.</summary>
public sealed class CallReports(VolumeReports volume, ServiceReports service, CallbackReports callbacks, QualityReports quality,
    InstitutionReports institutions, LawyerReports lawyers)
{
    public static readonly IReadOnlyList<string> Names =
    [
        "calls-by-language", "calls-by-residency-status", "calls-by-topic", "calls-by-institution", "arrivals-by-hour",
        "language-service", "counselors", "self-service", "after-hours", "messages", "callbacks", "sensitive-calls", "quality",
        "interpretation", "referrals", "lawyer-sessions",
    ];

    public Task<ReportTable> RunAsync(string name, ReportRequest request, CancellationToken cancellationToken = default) => name switch
    {
        "calls-by-language" => volume.CallsByLanguageAsync(request.Range, cancellationToken),
        "calls-by-residency-status" => volume.CallsByDimensionAsync(DailyDimensionRollup.Residency, request.Range, cancellationToken),
        "calls-by-topic" => volume.CallsByDimensionAsync(DailyDimensionRollup.Topic, request.Range, cancellationToken),
        "calls-by-institution" => institutions.CallsByInstitutionAsync(request.Range, cancellationToken),
        "arrivals-by-hour" => volume.ArrivalsByHourAsync(request.Range, cancellationToken),
        "self-service" => volume.SelfServiceAsync(request.Range, cancellationToken),
        "after-hours" => volume.AfterHoursAsync(request.Range, cancellationToken),
        "messages" => volume.MessagesAsync(request.Range, cancellationToken),
        "language-service" => service.LanguageServiceAsync(request.Range, WaitThresholds.ArrayIndex(request.ServiceLevelSeconds)!.Value,
            WaitThresholds.ArrayIndex(request.ShortAbandonSeconds)!.Value, request.ServiceLevelSeconds, request.ShortAbandonSeconds, cancellationToken),
        "counselors" => service.CounselorsAsync(request.Range, cancellationToken),
        "callbacks" => callbacks.CallbacksAsync(request.Range, cancellationToken),
        "sensitive-calls" => volume.SensitiveCallsAsync(request.Range, cancellationToken),
        "quality" => quality.QualityAsync(request.Range, cancellationToken),
        "interpretation" => institutions.InterpretationAsync(request.Range, cancellationToken),
        "referrals" => institutions.ReferralsAsync(request.Range, cancellationToken),
        "lawyer-sessions" => lawyers.SessionsAsync(request.Range, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"Unknown report; known: {string.Join(", ", Names)}."),
    };
}
