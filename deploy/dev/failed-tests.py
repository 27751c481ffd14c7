"""Prints each failed test of the TRX files given: "FAILED <run>: <class>.<test> | <first line of its message>"."""
import os
import sys
import xml.etree.ElementTree as ElementTree

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

for path in sys.argv[1:]:
    if not os.path.isfile(path):
        continue
    run = os.path.basename(os.path.dirname(path))
    root = ElementTree.parse(path).getroot()
    classes = {test.get("id"): test.find("t:TestMethod", NS).get("className", "").split(".")[-1]
               for test in root.iterfind(".//t:UnitTest", NS)}
    for result in root.iterfind(".//t:UnitTestResult", NS):
        if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        message = result.find(".//t:Message", NS)
        lines = (message.text or "").strip().splitlines() if message is not None else []
        print(f"FAILED {run}: {classes.get(result.get('testId'), '?')}.{result.get('testName')} | {lines[0][:400] if lines else ''}")
