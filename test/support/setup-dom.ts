import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// The views load lazily and read a whole sample budget through the memory port; on a busy
// 2-core CI machine that can take longer than Testing Library's default 1 s for findBy/waitFor.
configure({ asyncUtilTimeout: 10_000 });
