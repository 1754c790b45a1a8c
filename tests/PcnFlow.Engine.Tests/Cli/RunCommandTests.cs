namespace PcnFlow.Engine.Tests.Cli;

/// <summary><c>pcnflow run FILE</c>: WriteLine texts on stdout, status on stderr; exit 0 finished, 3 suspended, 1 faulted, 2 invalid.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempWorkflows _files = new();

    public void Dispose() => _files.Dispose();

    private string WaitingForAPerson() => _files.Flowchart(
        "waiting",
        TempWorkflows.WriteLine("hello", "Before the task"),
        TempWorkflows.Activity(
            "ask", "PcnFlow.HumanTask", ("title", "Literal", "Say hello back"), ("ownerRole", "Literal", "ClinicalDirector"), ("due", "Literal", "P3D")));

    [Fact]
    public void Run_ImplicitLoopConformanceWorkflow_PrintsExactlyItsFourLinesAndFinishes()
    {
        var result = Pcnflow.Run("run", Pcnflow.Conformance("importandexecute-implicit-loop"));

        result.Exit.ShouldBe(0);
        result.Stdout.ShouldBe(string.Join(Environment.NewLine, "Do something", "Retry", "Do something", "Done") + Environment.NewLine);
        result.StderrLines.ShouldBe(["status: Finished"]);
    }

    [Fact]
    public void Run_WorkflowWaitingOnAHumanTask_ExitsThreeAndListsThePendingTask()
    {
        var result = Pcnflow.Run("run", WaitingForAPerson(), "--start", "2026-01-05");

        result.Exit.ShouldBe(3);
        result.StdoutLines.ShouldBe(["Before the task"]);
        result.StderrLines.ShouldBe(["status: Suspended", "pending: ask: Say hello back (ClinicalDirector, due 2026-01-08)"]);
    }

    [Fact]
    public void Run_WorkflowWaitingOnAHumanTask_FinishesWithCompleteTasks()
    {
        var result = Pcnflow.Run("run", WaitingForAPerson(), "--start", "2026-01-05", "--complete-tasks");

        result.Exit.ShouldBe(0);
        result.StderrLines.ShouldBe(["status: Finished"]);
    }

    [Fact]
    public void Run_WorkflowThatFaults_ExitsOneWithTheIncidentOnStderr()
    {
        var path = _files.Flowchart(
            "faulty",
            TempWorkflows.WriteLine("before", "Before"),
            TempWorkflows.Activity("boom", "Elsa.Fault", ("message", "Literal", "Something broke")),
            TempWorkflows.WriteLine("after", "After"));

        var result = Pcnflow.Run("run", path);

        result.Exit.ShouldBe(1);
        result.StdoutLines.ShouldBe(["Before"]);
        result.StderrLines.ShouldBe(["status: Faulted", "incident: boom: Something broke"]);
    }

    [Fact]
    public void Run_InvalidDefinition_ExitsTwoWithProblemsOnStderrAndRunsNothing()
    {
        var path = _files.Flowchart("invalid", TempWorkflows.WriteLine("hello", "Hello"), TempWorkflows.Activity("mystery", "Acme.DoesNotExist"));

        var result = Pcnflow.Run("run", path);

        result.Exit.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.StderrLines.ShouldContain(l => l.StartsWith(path + ": mystery: ", StringComparison.Ordinal));
        result.Stderr.ShouldNotContain("status:");
    }

    [Fact]
    public void Run_Inputs_ReachGetInput_AsTextOrNumbers()
    {
        var path = _files.Flowchart(
            "inputs",
            TempWorkflows.WriteLine("greet", "'Hello ' + getInput('name')", "JavaScript"),
            TempWorkflows.WriteLine("count", "getInput('count') + 1", "JavaScript"));

        var result = Pcnflow.Run("run", path, "--input", "name=Dr A Patel", "count=41");

        result.Exit.ShouldBe(0, result.Stderr);
        result.StdoutLines.ShouldBe(["Hello Dr A Patel", "42"]);
    }

    [Fact]
    public void Run_MalformedInput_IsAUsageError()
    {
        var result = Pcnflow.Run("run", Pcnflow.Conformance("importandexecute-writeline"), "--input", "no-equals-sign");

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain("name=value");
    }

    [Theory]
    [InlineData("--start", "1 July 2019")]
    [InlineData("--until", "2020-13-01")]
    public void Run_BadDate_IsAUsageError(string option, string value)
    {
        var result = Pcnflow.Run("run", Pcnflow.Conformance("importandexecute-writeline"), option, value);

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain(option + " must be a date like 2019-07-01");
    }

    [Fact]
    public void Run_SixStepYearWithCompletedTasks_PrintsTheStepSignOffsInOrder()
    {
        var result = Pcnflow.Run(
            "run", Pcnflow.SixStep, "--include", Pcnflow.FirstHundredDays, "--complete-tasks", "--start", "2019-07-01", "--until", "2020-06-30");

        result.StdoutLines.Where(l => l.StartsWith("Step ", StringComparison.Ordinal))
            .ShouldBe(Enumerable.Range(1, 6).Select(n => $"Step {n} signed off"));
        result.StdoutLines.ShouldBe(
        [
            "Clinical Director appointed",
            "Step 1 signed off",
            "Step 2 signed off",
            "Step 3 signed off",
            "Step 4 signed off",
            "Step 5 signed off",
            "Wider partners named",
            "Step 6 signed off",
            "Programme year complete",
        ]);
        result.Exit.ShouldBe(3, "the programme loops into year two");
        result.StderrLines[0].ShouldBe("status: Suspended");
        result.StderrLines.ShouldContain("pending: step3-self-assessment: Complete the maturity-matrix self-assessment (ClinicalDirector, due 2020-09-29)");
    }

    [Fact]
    public void Run_FirstHundredDaysWithCompletedTasks_Finishes()
    {
        var result = Pcnflow.Run("run", Pcnflow.FirstHundredDays, "--complete-tasks", "--input", "cdName=Dr A Patel", "--start", "2026-01-05");

        result.Exit.ShouldBe(0, result.Stderr);
        result.StdoutLines[^1].ShouldBe("First 100 days complete");
        result.StderrLines.ShouldBe(["status: Finished"]);
    }

    [Fact]
    public void Run_ChildWorkflowNotIncluded_SaysWhichFileToInclude()
    {
        var result = Pcnflow.Run("run", Pcnflow.SixStep, "--complete-tasks", "--start", "2019-07-01", "--until", "2019-08-01");

        result.StdoutLines.ShouldContain("Clinical Director appointed");
        result.Stderr.ShouldContain("first-100-days");
        result.Stderr.ShouldContain("--include");
    }

    [Fact]
    public void Run_WithoutAFile_IsAUsageError()
    {
        var result = Pcnflow.Run("run", "--complete-tasks");

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain("run needs exactly one file.");
    }
}
