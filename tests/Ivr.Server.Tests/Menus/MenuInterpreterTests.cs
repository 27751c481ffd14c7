using Ivr.Acd.Events;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Tests.Hours;

namespace Ivr.Server.Tests.Menus;

public sealed class MenuInterpreterTests
{
    private static readonly MenuDefinition Menu = DefaultMenu.Definition;
    private static readonly MenuPosition AtMain = new(DefaultMenu.Main, 0, null);

    private static MenuTransition Next(MenuPosition position, string? digits, int hour = 10, HoursDirectory? hours = null) =>
        MenuInterpreter.Next(Menu, hours ?? TestHours.Directory(), position, digits, TestHours.Monday(hour));

    [Test]
    public void Start_Open_GathersAtTheMainMenuInTheGreetingLanguages()
    {
        var start = MenuInterpreter.Start(Menu, TestHours.Directory(), TestHours.Monday(10));

        Assert.That(start.Step, Is.EqualTo(new GatherStep(Menu.Find(DefaultMenu.Main)!, null, [])).Using<GatherStep>((a, b) => a.Node == b.Node && a.Language == b.Language));
    }

    [Test]
    public void Next_ThreeStar_ChoosesChineseAndQueues()
    {
        var next = Next(AtMain, "3*");

        Assert.That(next.Step, Is.EqualTo(new QueueStep("zh", [])));
        Assert.That(next.Position.Language, Is.EqualTo("zh"));
        Assert.That(next.Happenings.Select(happening => happening.Type), Does.Contain(CallEventTypes.LanguageChosen));
    }

    [Test]
    public void Next_FiveThenALanguage_AVictimOfCrimeJoinsThatLanguageTaggedForTheTeam()
    {
        var victim = Next(AtMain, "5");
        var chosen = Next(victim.Position, "4*");

        Assert.That(((GatherStep)victim.Step).Node.Id, Is.EqualTo(DefaultMenu.Victim));
        Assert.That(chosen.Step, Is.EqualTo(new QueueStep("vi", ["victim-support"])).Using<QueueStep>((a, b) => a.Language == b.Language && a.Tags.SequenceEqual(b.Tags)));
    }

    [Test]
    public void Next_QueuedFromANodeWithQueueTags_CarriesTheTagsToTheQueue()
    {
        var victims = Menu.Find(DefaultMenu.Main)! with { Id = "victims", QueueTags = ["victim-support"] };
        var menu = Menu with { Nodes = [.. Menu.Nodes, victims] };

        var next = MenuInterpreter.Next(menu, TestHours.Directory(), new MenuPosition("victims", 0, "vi"), "0", TestHours.Monday(10));

        Assert.That(next.Step, Is.EqualTo(new QueueStep("vi", ["victim-support"])));
    }

    [Test]
    public void Next_TwelveStar_ChoosesKhmer() =>
        Assert.That(Next(AtMain, "12*").Step, Is.EqualTo(new QueueStep("km", [])));

    [Test]
    public void Next_Zero_QueuesInTheDefaultLanguage() =>
        Assert.That(Next(AtMain, "0").Step, Is.EqualTo(new QueueStep("ko", [])));

    [Test]
    public void Next_One_PlaysOfficeInformationAndRecordsTheSelfServiceBranch()
    {
        var next = Next(AtMain, "1");

        Assert.That(((GatherStep)next.Step).Node.Id, Is.EqualTo("offices"));
        Assert.That(next.Happenings.Single(happening => happening.Type == CallEventTypes.SelfServiceCompleted).Fields["branch"], Is.EqualTo("offices-hours"));
    }

    [Test]
    public void Next_NineInASelfServiceBranch_RepeatsIt() =>
        Assert.That(((GatherStep)Next(new MenuPosition("visa", 0, "vi"), "9").Step).Node.Id, Is.EqualTo("visa"));

    [Test]
    public void Next_NoInputTwice_AsksAgainThenTakesTheDefaultRoute()
    {
        var first = Next(AtMain, null);
        var second = Next(first.Position, "");
        var third = Next(second.Position, null);

        Assert.That(((GatherStep)first.Step).Before, Is.EqualTo(new PromptRef[] { "no-input" }));
        Assert.That(((GatherStep)second.Step).Before, Is.EqualTo(new PromptRef[] { "no-input" }));
        Assert.That(third.Step, Is.EqualTo(new QueueStep("ko", [])));
    }

    [Test]
    public void Next_InvalidInputTwice_AsksAgainThenTakesTheDefaultRoute()
    {
        var first = Next(AtMain, "7");
        var second = Next(first.Position, "99*");
        var third = Next(second.Position, "6");

        Assert.That(((GatherStep)first.Step).Before, Is.EqualTo(new PromptRef[] { "invalid-input" }));
        Assert.That(((GatherStep)second.Step).Before, Is.EqualTo(new PromptRef[] { "invalid-input" }));
        Assert.That(third.Step, Is.EqualTo(new QueueStep("ko", [])));
    }

    [Test]
    public void Next_VietnameseAfterSix_SaysWhenItOpensAndOffersKorean()
    {
        var next = Next(AtMain, "4*", hour: 19);

        var afterHours = (AfterHoursStep)next.Step;
        Assert.That(afterHours.Language, Is.EqualTo("vi"));
        Assert.That(afterHours.NextOpening, Is.EqualTo(new DateTime(2026, 12, 1, 9, 0, 0)));
        Assert.That(afterHours.OpenAlternative, Is.EqualTo("ko"));
        Assert.That(next.Happenings.Select(happening => happening.Type), Does.Contain(CallEventTypes.AfterHours));
    }

    [Test]
    public void Next_AfterHoursThenTheOfferedLanguage_Queues()
    {
        var afterHours = Next(AtMain, "4*", hour: 19);

        Assert.That(Next(afterHours.Position, "1*", hour: 19).Step, Is.EqualTo(new QueueStep("ko", [])));
    }

    [Test]
    public void Next_EmergencyClosure_ClosesWhateverIsPressed()
    {
        var closed = TestHours.Directory(new Closure(true, "태풍"));

        Assert.That(Next(AtMain, "2*", hours: closed).Step, Is.EqualTo(new ClosedStep(null, "태풍")));
        Assert.That(MenuInterpreter.Start(Menu, closed, TestHours.Monday(10)).Step, Is.InstanceOf<ClosedStep>());
    }

    [Test]
    public void ChooseLanguage_Open_IsWhatKeyingItsNumberAndStarGives()
    {
        var chosen = MenuInterpreter.ChooseLanguage(Menu, TestHours.Directory(), AtMain, "zh", TestHours.Monday(10));
        var keyed = Next(AtMain, "3*");

        Assert.That(chosen.Step, Is.EqualTo(keyed.Step));
        Assert.That(chosen.Position, Is.EqualTo(keyed.Position));
        Assert.That(chosen.Happenings.Select(happening => happening.Type), Is.EqualTo(new[] { CallEventTypes.LanguageChosen }));
    }

    [Test]
    public void ChooseLanguage_AfterHours_SaysWhenItOpensAsKeyingItWould()
    {
        var chosen = MenuInterpreter.ChooseLanguage(Menu, TestHours.Directory(), AtMain, "vi", TestHours.Monday(19));

        Assert.That(chosen.Step, Is.EqualTo(Next(AtMain, "4*", hour: 19).Step));
        Assert.That(chosen.Happenings.Select(happening => happening.Type), Is.EqualTo(new[] { CallEventTypes.LanguageChosen, CallEventTypes.AfterHours }));
    }

    [Test]
    public void ChooseLanguage_NotServed_PlaysTheNodeAgainWithoutAChoice()
    {
        var chosen = MenuInterpreter.ChooseLanguage(Menu, TestHours.Directory(), AtMain, "xx", TestHours.Monday(10));

        Assert.That(((GatherStep)chosen.Step).Node.Id, Is.EqualTo(DefaultMenu.Main));
        Assert.That(chosen.Position, Is.EqualTo(AtMain));
        Assert.That(chosen.Happenings, Is.Empty);
    }

    [Test]
    public void ChooseLanguage_EmergencyClosure_Closes() =>
        Assert.That(MenuInterpreter.ChooseLanguage(Menu, TestHours.Directory(new Closure(true, "태풍")), AtMain, "zh", TestHours.Monday(10)).Step,
            Is.EqualTo(new ClosedStep(null, "태풍")));

    [Test]
    public void Next_PositionAtANodeTheVersionLacks_RecoversAtTheStart() =>
        Assert.That(((GatherStep)Next(new MenuPosition("gone", 0, null), "1").Step).Node.Id, Is.EqualTo("offices"));
}
