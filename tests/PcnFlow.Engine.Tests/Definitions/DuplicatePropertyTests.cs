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
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe("duplicate-property");
        problem.JsonPath.ShouldBe("$.customProperties");
        problem.Message.ShouldBe("The property 'customProperties' is given twice in the same object (line 1, position 52); keep one.");
    }

    [Fact]
    public void Read_DuplicatePropertyDeepInside_NamesItsPath()
    {
        const string json = "{\"id\":\"a\",\"root\":{\"id\":\"f\",\"type\":\"Elsa.Flowchart\",\n\"activities\":[{\"id\":\"x\",\"type\":\"Elsa.WriteLine\"},{\"id\":\"y\",\"id\":\"z\"}]}}";

        var problem = WorkflowDefinitionReader.Read(json).Problems.ShouldHaveSingleItem();

        problem.JsonPath.ShouldBe("$.root.activities[1].id");
        problem.Message.ShouldContain("line 2");
    }
}
