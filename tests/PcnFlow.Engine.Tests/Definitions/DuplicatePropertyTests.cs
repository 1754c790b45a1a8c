using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Tests.Definitions;

public sealed class DuplicatePropertyTests
{
    [Fact]
    public void Read_DuplicateProperty_IsAProblemNotACrash()
    {
        const string json = """{"id":"a","definitionId":"a","customProperties":{},"customProperties":{},"root":{"id":"f","type":"Elsa.Flowchart","activities":[],"connections":[]}}""";

        var result = WorkflowDefinitionReader.Read(json);

        result.Definition.ShouldBeNull();
        result.Problems.ShouldHaveSingleItem().Code.ShouldBe("invalid-json");
    }
}
