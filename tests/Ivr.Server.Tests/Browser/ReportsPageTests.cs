using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords.Demo;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The reports page in headless Chromium over the generated 2017 records (the published 1345 totals): every number
/// its charts draw (their tables are built from the charts' data) equals the reports API's JSON.
/// </summary>
public sealed class ReportsPageTests
{
    private const string Year2017 = "from=2017-01-01&to=2018-01-01";

    [Test]
    public async Task Reports2017_ChartNumbersEqualTheApi()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await center.Server.Services.GetRequiredService<DemoRecordGenerator>().GenerateAsync(2017);
        var api = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await page.OpenSignedInAsync(center, Roles.Supervisor, $"/console/reports/?{Year2017}&period=month");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-status", "ready");
        await shots.TakeAsync("reports-2017-by-month");

        var byLanguage = await ReportAsync(api, $"calls-by-language?{Year2017}&period=month");
        var expected = byLanguage.RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(row => $"{row[0].GetString()}|lang-{row[1].GetString()}", row => row[2].GetDecimal());
        Assert.That(expected, Has.Count.GreaterThan(12 * 20), "twelve months of about twenty languages");
        Assert.That(await CellsAsync(page, "table-calls-by-language"), Is.EquivalentTo(expected));

        var residency = await ReportAsync(api, $"calls-by-residency-status?{Year2017}&period=month");
        var residencyTotals = residency.RootElement.GetProperty("rows").EnumerateArray()
            .GroupBy(row => row[1].GetString()!).ToDictionary(group => $"{group.Key}|calls", group => group.Sum(row => row[3].GetDecimal()));
        Assert.That(residencyTotals["F-4|calls"], Is.EqualTo(167_712m), "the published F-4 consultations");
        Assert.That(await CellsAsync(page, "table-calls-by-residency-status"), Is.EquivalentTo(residencyTotals));

        var arrivals = await ReportAsync(api, $"arrivals-by-hour?{Year2017}");
        var days = new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun", "total" };
        var arrivalCells = arrivals.RootElement.GetProperty("rows").EnumerateArray()
            .SelectMany(row => days.Select((day, index) => ($"{row[0].GetInt32()}|{day}", row[index + 1].GetDecimal())))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);
        Assert.That(await CellsAsync(page, "table-arrivals-by-hour"), Is.EquivalentTo(arrivalCells));

        // Callbacks by month and language: the demo's callers who left the line for one.
        var callbacks = (await ReportAsync(api, $"callbacks?{Year2017}&period=month")).RootElement;
        var callbackColumns = callbacks.GetProperty("columns").EnumerateArray().Select(column => column.GetString()!).ToList();
        var callbackCells = callbacks.GetProperty("rows").EnumerateArray()
            .SelectMany(row => callbackColumns.Select((column, index) => (Key: $"{row[0].GetString()}|{row[1].GetString()}|{column}", Value: row[index])).Skip(2))
            .Where(cell => cell.Value.ValueKind == JsonValueKind.Number).ToDictionary(cell => cell.Key, cell => cell.Value.GetDecimal());
        Assert.That(callbackCells, Does.ContainKey("2017-03|zh|requested"));
        Assert.That(await CellsAsync(page, "table-callbacks"), Is.EquivalentTo(callbackCells));

        // The 1345 table: consultations per language for the year, as published (Chinese 272,888).
        await page.SelectOptionAsync("#period", "year");
        await page.SelectOptionAsync("#measure", "consultations");
        await page.SelectOptionAsync("#language-filter", "zh");
        await page.ClickAsync("#apply");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-status", "ready");
        Assert.That(await CellsAsync(page, "table-calls-by-language"), Is.EquivalentTo(new Dictionary<string, decimal> { ["2017|lang-zh"] = 272_888 }));
        var service = (await ReportAsync(api, $"language-service?{Year2017}")).RootElement.GetProperty("rows").EnumerateArray()
            .Single(row => row[0].GetString() == "zh");
        Assert.That(await CellsAsync(page, "table-language-service"), Does.ContainKey("zh|answered").WithValue(service[2].GetDecimal()));
        Assert.That(await page.Locator("#trend-language").TextContentAsync(), Is.EqualTo("zh"));
        await shots.TakeAsync("reports-2017-chinese-consultations");

        // The CSV link is the API's CSV for the same filters.
        var csvHref = await page.Locator("a.csv[data-report='calls-by-language']").GetAttributeAsync("href");
        var csv = await api.GetStringAsync(csvHref);
        Assert.That(csv, Does.StartWith("period,language,calls,consultations"));
        Assert.That(csv, Does.Contain("2017,zh,"));

        await page.AssertAccessibleAsync("reports page (English)");
        await page.ClickAsync("#language");
        await Expect(page.Locator("#filters-heading")).ToHaveTextAsync("조건");
        await shots.TakeAsync("reports-korean");
        await page.AssertAccessibleAsync("reports page (Korean)");
    }

    private static async Task<JsonDocument> ReportAsync(HttpClient api, string query) =>
        JsonDocument.Parse(await api.GetStringAsync($"/api/reports/{query}"));

    /// <summary>The table's number cells as "row|column" → value (data-value holds the exact number shown).</summary>
    private static async Task<Dictionary<string, decimal>> CellsAsync(IPage page, string tableId)
    {
        var cells = await page.EvaluateAsync<Dictionary<string, string>>(
            """
            id => Object.fromEntries([...document.querySelectorAll(`#${id} tbody td[data-value]`)]
                .map(cell => [`${cell.parentElement.dataset.row}|${cell.dataset.column}`, cell.dataset.value]))
            """, tableId);
        return cells.ToDictionary(pair => pair.Key, pair => decimal.Parse(pair.Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
