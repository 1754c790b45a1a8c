namespace PcnFlow.Server.Tests.Hostile;

/// <summary>
/// A script a workflow author could write to hurt the server, and the plain words its incident must use. <c>{file}</c>
/// in the script stands for a path the test then checks was never written.
/// </summary>
public sealed record HostileScript(string Script, string ExpectedWords)
{
    public string For(string file) => Script.Replace("{file}", file, StringComparison.Ordinal);
}

/// <summary>The hostile scripts the server tests send through the API, by name.</summary>
public static class HostileScripts
{
    private const string Stopped = "and was stopped";
    private const string TooLong = @"ran (for longer than [\w ]+|more than [\d,]+ statements) " + Stopped;
    private const string TooMuchMemory = @"used more than \d+ MB of memory " + Stopped;
    private const string TooLongAString = @"tried to build a string too long to hold in memory " + Stopped;
    private const string TooDeep = @"recursed too deeply \(a function called itself more than \d+ times\) " + Stopped;
    private const string NoDotNet = @"tried to use '\w+', but scripts cannot reach \.NET types or the server";
    private const string NoCodeFromStrings = @"tried to run code built from a string \(eval or new Function\), which scripts are not allowed to do";

    public static IReadOnlyDictionary<string, HostileScript> All { get; } = new Dictionary<string, HostileScript>(StringComparer.Ordinal)
    {
        ["empty infinite loop"] = new("while (true) {}", TooLong),
        ["busy infinite loop"] = new("var n = 0; for (;;) { n = (n + 1) % 7; }", TooLong),
        ["catastrophic regular expression"] = new("/^(a+)+$/.test('a'.repeat(40) + 'b')", TooLong),
        ["one string too long to exist"] = new("'x'.repeat(1e9)", TooLongAString),
        ["one huge string"] = new("'x'.repeat(1e8)", TooMuchMemory),
        ["one huge array"] = new("new Array(1e9).fill(0)", TooMuchMemory),
        ["an array that doubles in a loop"] = new("var a = ['padding']; while (true) a = a.concat(a)", TooMuchMemory),
        ["a string that doubles in a loop"] = new("var s = 'x'; while (true) s += s", TooMuchMemory),
        ["endless recursion"] = new("function f() { return f(); } f()", TooDeep),
        ["endless mutual recursion"] = new("function a(n) { return b(n + 1); } function b(n) { return a(n); } a(0)", TooDeep),
        ["System.IO.File"] = new("System.IO.File.WriteAllText('{file}', 'owned')", NoDotNet),
        ["importNamespace"] = new("importNamespace('System.IO').File.WriteAllText('{file}', 'owned')", NoDotNet),
        ["require"] = new("require('fs').writeFileSync('{file}', 'owned')", NoDotNet),
        ["the Function constructor"] = new("this.constructor.constructor('return process')()", NoCodeFromStrings),
        ["a host function's constructor"] = new("getVariable.constructor('return this')()", NoCodeFromStrings),
        ["the context object's constructor"] = new("context.constructor.constructor('return this')()", NoCodeFromStrings),
        ["reflection on a host function"] = new("getVariable.GetType().Assembly", "TypeError: Property 'GetType' of object is not a function"),
        ["a huge error message"] = new("throw new Error('x'.repeat(5e6))", @"The script failed: Error: x{20}x*… \(shortened from 5,000,007 characters\)\.$"),
        ["a huge thrown string"] = new("throw 'y'.repeat(5e6)", @"The script failed: y{20}y*… \(shortened from 5,000,000 characters\)\.$"),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
