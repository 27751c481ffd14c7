using Ivr.Server.Reporting;

namespace Ivr.Server.Tests.Reporting;

public sealed class ReportCsvTests
{
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+82-10", "'+82-10")]
    [TestCase("-1+1", "'-1+1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tcmd", "'\tcmd")]
    [TestCase("F-4", "F-4")]
    public void Write_TextCellAFormulaWouldStartWith_IsPrefixedWithAQuote(string topic, string cell)
    {
        var table = new ReportTable("topics", "", ["topic", "calls"], [[topic, -3L]]);

        var csv = ReportCsv.Write(table);

        Assert.That(csv, Is.EqualTo($"topic,calls\r\n{cell},-3\r\n"), "numbers, negative ones too, stay numbers");
    }
}
