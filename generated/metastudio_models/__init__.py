"""Pydantic models of inbound and outbound messages.

- `chat_websocket`: spec/metastudio-messages/chat_websocket.yaml
- `live_command`: spec/metastudio-messages/live_command.yaml
- `llm_callback`: spec/metastudio-messages/llm_callback.yaml
- `video_callback`: spec/metastudio-messages/video_callback.yaml
"""
