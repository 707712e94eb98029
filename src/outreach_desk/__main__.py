from outreach_desk.cli import main

raise SystemExit(main())
