// Code using the sound row gets no secondary errors.
events_core::include_catalog!("ui/catalog-errors/sound-rows-stay-usable-after-an-error");

fn main() {
    let presence = agent_presence_v1::Payload {
        presence: agent_presence_v1::v1_0_0::Presence::Busy,
        schema_version: Default::default(),
    };
    let _ = (Event::AgentPresenceV1(Box::new(agent_presence_v1::Versioned::V1_0_0(presence))), EventName::AgentPresenceV1.info(), CATALOG);
}
