describe("jsdom project", () => {
  it("runs with a DOM and jest-dom matchers", () => {
    document.body.innerHTML = "<p>Gevinst</p>";

    expect(document.querySelector("p")).toHaveTextContent("Gevinst");
  });
});
