"""The Qt face of Outreach Desk: windows, dialogs and models over ``outreach_desk.core``."""
