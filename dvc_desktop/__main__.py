from dvc_desktop.cli import main

raise SystemExit(main())
